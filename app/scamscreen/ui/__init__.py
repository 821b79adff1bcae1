"""The desktop app (PySide6). It only draws and asks: screening is `core`, keeping
contacts is `store`; long work runs off the GUI thread through `tasks.run_in_background`."""
