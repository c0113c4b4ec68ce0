package org.openimr.cases.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff sign-in page, styled like the staff pages: labelled fields, and after a failed attempt one message that
 * says what to do (without telling whether the username exists). Spring Security checks the form posted to /login.
 */
@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            HttpServletRequest request, Model model) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        model.addAttribute("csrfParameter", token == null ? "_csrf" : token.getParameterName());
        model.addAttribute("csrfToken", token == null ? "" : token.getToken());
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        return "staff/login";
    }
}
