"""Independent corpus of candidate dossiers, written without reading the detector (see README.md)."""
