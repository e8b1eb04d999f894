"""`bts review`: the commission's review pages (Starlette + Jinja2, server-rendered, French).

A leaf like `cli/`: nothing imports it; `bts review` starts it by its import string (web.app:create_app).
"""
