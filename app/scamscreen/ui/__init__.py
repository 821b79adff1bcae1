"""The desktop app (PySide6). It only draws and asks: screening is `core`, keeping
contacts is `store`; long work runs off the GUI thread through `tasks` (one function,
a job with progress and Cancel, or jobs in order on a thread of their own)."""
