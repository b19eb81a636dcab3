"""The numbers behind opinion groups, in numpy alone: PCA by SVD, k-means (k-means++ seeding,
several starts), and the silhouette of a clustering. Deterministic for a given seed.

scikit-learn would give the same three in one import, but it brings scipy (about 200 MB
installed), adds about 1.6 s to the import and 100 MB to a process's memory; these are about
sixty lines (measured figures in bench/README.md)."""

from __future__ import annotations

import numpy as np

Array = np.ndarray
ROUNDS = 12  # of subspace iteration: plenty for the leading axes of a vote matrix


def pca(matrix: Array, components: int = 2) -> Array:
    """Each row projected on the first `components` principal axes of the column-centred
    matrix (fewer when the matrix has fewer columns): the leading eigenvectors of its scatter
    matrix, by `eigh` when it is small and by subspace iteration (a few products with it)
    when it is not, which is many times quicker than LAPACK's threads on a few cores."""
    centred = matrix - matrix.mean(axis=0)
    scatter = centred.T @ centred
    columns = scatter.shape[0]
    if columns <= 3 * components:
        values, vectors = np.linalg.eigh(scatter)
        return centred @ vectors[:, np.argsort(values)[::-1][:components]]
    basis = np.random.default_rng(0).standard_normal((columns, components))
    for _ in range(ROUNDS):
        basis, _ = np.linalg.qr(scatter @ basis)
    values, vectors = np.linalg.eigh(basis.T @ scatter @ basis)  # order within the subspace
    return centred @ (basis @ vectors[:, np.argsort(values)[::-1]])


def kmeans(points: Array, k: int, rng: np.random.Generator, starts: int = 4) -> Array:
    """Labels 0..k-1 of the best (least inertia) of `starts` runs of Lloyd's algorithm."""
    best, best_inertia = np.zeros(len(points), dtype=int), np.inf
    for _ in range(starts):
        labels, inertia = _lloyd(points, _seeds(points, k, rng))
        if inertia < best_inertia - 1e-12:
            best, best_inertia = labels, inertia
    return best


def nearest_centres(points: Array, labels: Array, others: Array) -> Array:
    """Labels of `others` by the nearest centre of the clusters `labels` makes of `points`."""
    clusters = np.unique(labels)
    centres = np.stack([points[labels == c].mean(axis=0) for c in clusters])
    return clusters[_nearest(others, centres)]


def _seeds(points: Array, k: int, rng: np.random.Generator) -> Array:
    """k-means++: each next centre drawn with probability proportional to squared distance."""
    centres = [points[rng.integers(len(points))]]
    for _ in range(1, k):
        gaps = np.min(((points[:, None, :] - np.array(centres)[None]) ** 2).sum(-1), axis=1)
        total = gaps.sum()
        pick = rng.integers(len(points)) if total <= 0 else rng.choice(len(points), p=gaps / total)
        centres.append(points[pick])
    return np.array(centres, dtype=float)


def _lloyd(points: Array, centres: Array, rounds: int = 60) -> tuple[Array, float]:
    labels = np.full(len(points), -1)
    k = len(centres)
    for _ in range(rounds):
        new = _nearest(points, centres)
        if np.array_equal(new, labels):
            break
        labels = new
        onehot = np.eye(k)[labels]
        counts, sums = onehot.sum(axis=0), onehot.T @ points
        filled = counts > 0
        centres[filled] = sums[filled] / counts[filled, None]
    inertia = float(((points - centres[labels]) ** 2).sum())
    return labels, inertia


def _nearest(points: Array, centres: Array) -> Array:
    squared = (centres**2).sum(axis=1)[None, :] - 2 * points @ centres.T
    return squared.argmin(axis=1)


def distances(points: Array) -> Array:
    """The matrix of Euclidean distances between rows."""
    squared = (points**2).sum(axis=1)
    gram = squared[:, None] + squared[None, :] - 2 * points @ points.T
    return np.sqrt(np.maximum(gram, 0.0))


def silhouette(dist: Array, labels: Array) -> float:
    """The mean silhouette (-1..1) of a clustering, given the distance matrix; 0 for fewer
    than two clusters. A point alone in its cluster scores 0 (as in scikit-learn)."""
    clusters = np.unique(labels)
    if len(clusters) < 2:
        return 0.0
    onehot = (labels[:, None] == clusters[None, :]).astype(float)
    sizes = onehot.sum(axis=0)
    sums = dist @ onehot  # each point's summed distance to each cluster
    own = onehot.astype(bool)
    size_own = sizes[np.searchsorted(clusters, labels)]
    a = np.where(size_own > 1, sums[own] / np.maximum(size_own - 1, 1), 0.0)
    other = np.where(own, np.inf, sums / sizes[None, :])
    b = other.min(axis=1)
    s = np.where(size_own > 1, (b - a) / np.maximum(np.maximum(a, b), 1e-12), 0.0)
    return float(s.mean())
