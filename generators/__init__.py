"""Data → documents (DOCX, PDF, XLSX)."""
