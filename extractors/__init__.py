"""Reading and measuring documents. No decisions here: facts only."""
