"""The application layer: one function per use case, without Telegram.

A use case takes a `Ctx` (the database session, `now`, who acts, the services) and the
plain values of the request; it reads and writes through `storage`, decides with the pure
core in `dialogs`, and says what to send as `Out` data. The Telegram shell (`bot/`), the
engagement loop and the command line all call the same functions.
"""
