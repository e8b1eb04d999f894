"""BTS Pipeline: circulaires d'organisation → données de session, contrôle des dossiers, annexes."""

__version__ = "0.1.0"
