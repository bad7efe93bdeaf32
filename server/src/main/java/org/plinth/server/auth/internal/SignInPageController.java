package org.plinth.server.auth.internal;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The sign-in page: one plain form, no scripts, no external assets. The POST is Spring Security's. */
@Controller
@Hidden
class SignInPageController {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in · Plinth</title>
            <style>
              body { font-family: system-ui, sans-serif; background: #f4f5f7; margin: 0; }
              main { max-width: 22rem; margin: 12vh auto; background: #fff; padding: 2rem;
                     border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
              h1 { font-size: 1.4rem; margin: 0 0 1.5rem; }
              label { display: block; margin: 0 0 1rem; font-size: .9rem; color: #333; }
              input { display: block; width: 100%%; box-sizing: border-box; margin-top: .3rem;
                      padding: .55rem; border: 1px solid #bbb; border-radius: 4px; font-size: 1rem; }
              button { width: 100%%; padding: .65rem; border: 0; border-radius: 4px; background: #2b5fd9;
                       color: #fff; font-size: 1rem; cursor: pointer; }
              .message { padding: .6rem; border-radius: 4px; margin-bottom: 1rem; font-size: .9rem; }
              .error { background: #fdecea; color: #8a1c13; }
              .info { background: #e8f1fd; color: #1d3f80; }
            </style>
            </head>
            <body>
            <main>
            <h1>Sign in to Plinth</h1>
            %s
            <form method="post" action="/login">
              <label>E-mail <input type="email" name="username" autocomplete="username" required autofocus></label>
              <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
              <input type="hidden" name="%s" value="%s">
              <button type="submit">Sign in</button>
            </form>
            </main>
            </body>
            </html>
            """;

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String signIn(HttpServletRequest request) {
        String message = "";
        if (request.getParameter("error") != null) {
            message = "<p class=\"message error\">Wrong e-mail or password.</p>";
        } else if (request.getParameter("logout") != null) {
            message = "<p class=\"message info\">You are signed out.</p>";
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String parameter = csrf == null ? "_csrf" : csrf.getParameterName();
        String token = csrf == null ? "" : csrf.getToken();
        return PAGE.formatted(message, HtmlUtils.htmlEscape(parameter), HtmlUtils.htmlEscape(token));
    }
}
