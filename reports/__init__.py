"""Reports and files about a session: its figures (`figures`), the /stats text (`summaries`),
the chart (`charts`), the shareable HTML report (`report`, its data in `report_data`, its
sections in `report_sections` and `report_optional`, its pieces in `markup`), the CSV, JSON
and Markdown exports (`writers`, `json_export`), members' words made safe in files (`cells`)
the pseudonyms they appear under (`pseudonyms`), and the themes in what they wrote (`themes`,
`theme_words`, `theme_text`).

They format what they are given; acting for someone is the use cases' (`usecases/`), which
gather the figures and pass them in. No telegram, no clock reads: `now` comes in as an
argument. May import `dialogs`, `storage` and `texts`; never `usecases` or `bot`.
"""
