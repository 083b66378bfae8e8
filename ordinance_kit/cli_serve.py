"""`ordinance-kit serve`: the web interview on this computer.

Flask is an optional extra (`pip install 'ordinance-kit[web]'`), imported only here and in
ordinance_kit/web, so the command-line install stays light.
"""
from __future__ import annotations

import typer

from .cli_common import app, console, escape_rich, run
from .errors import UserError


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. The default "
                             "is this computer only; to host for others, see docs/web.md."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on "
                             "(0: any free port)."),
    open_browser: bool = typer.Option(False, "--open", help="Open the interview in the "
                                      "browser once the server is up."),
):
    """Start the web interview: the same questions as 'init' in a browser, with back and
    forward, a review, and the draft to download at the end.

    Examples:

    \b
      ordinance-kit serve --open
      ordinance-kit serve --port 8080

    Answers are never stored on the server: they travel in the page and in the answers file
    you download. To host it for a group, run it behind a WSGI server instead, for example:
    waitress-serve --call ordinance_kit.web:create_app (see docs/web.md).
    """
    def body():
        try:
            import flask  # noqa: F401
        except ImportError:
            raise UserError("the web interview needs Flask, an optional extra. Install it "
                            "with: pip install 'ordinance-kit[web]'") from None
        from werkzeug.serving import make_server

        from .web import create_app

        web = create_app()
        import threading

        threading.Thread(target=web.builder.warm, daemon=True).start()
        try:
            server = make_server(host, port, web, threaded=True)
        except OSError as exc:
            raise UserError(f"--host {host} --port {port}: cannot listen there "
                            f"({exc.strerror or exc}). Choose another port with --port, "
                            "or 0 for any free one.") from None
        url = f"http://{host if ':' not in host else '[' + host + ']'}:{server.server_port}/"
        console(stderr=True).print(f"The web interview is at {escape_rich(url)} (Ctrl-C "
                                   "stops it).")
        if open_browser:
            import webbrowser

            webbrowser.open(url)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            console(stderr=True).print("Stopped.")
        finally:
            server.server_close()
    run(body)
