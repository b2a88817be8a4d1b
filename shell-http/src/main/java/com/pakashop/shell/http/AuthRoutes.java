package com.pakashop.shell.http;

import com.pakashop.application.identity.AdministeringUsers;
import com.pakashop.application.identity.EnrollingTotp;
import com.pakashop.application.identity.LoggingIn;
import com.pakashop.application.identity.LoggingOut;
import com.pakashop.application.identity.RefreshingSession;
import com.pakashop.application.identity.RegisteringBuyer;
import com.pakashop.application.identity.ResettingPassword;
import com.pakashop.application.identity.Session;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.identity.UserAccount;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Registration, sign-in, sessions, the caller's own profile, TOTP and password reset. */
final class AuthRoutes implements RouteGroup {
    private final RegisteringBuyer registering;
    private final LoggingIn loggingIn;
    private final RefreshingSession refreshing;
    private final LoggingOut loggingOut;
    private final ResettingPassword resettingPassword;
    private final EnrollingTotp enrollingTotp;
    private final AdministeringUsers administering;
    private final Requests requests;

    AuthRoutes(RegisteringBuyer registering, LoggingIn loggingIn, RefreshingSession refreshing, LoggingOut loggingOut,
               ResettingPassword resettingPassword, EnrollingTotp enrollingTotp, AdministeringUsers administering,
               Requests requests) {
        this.registering = registering;
        this.loggingIn = loggingIn;
        this.refreshing = refreshing;
        this.loggingOut = loggingOut;
        this.resettingPassword = resettingPassword;
        this.enrollingTotp = enrollingTotp;
        this.administering = administering;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        Guard anyone = Guard.anonymous();
        return List.of(
                ApiRoute.post("/api/v1/auth/register", Access.CLIENT, anyone, this::register),
                ApiRoute.post("/api/v1/auth/login", Access.CLIENT, anyone, this::login),
                ApiRoute.post("/api/v1/auth/refresh", Access.CLIENT, anyone, this::refresh),
                ApiRoute.post("/api/v1/auth/logout", Access.CLIENT, Guard.signedIn(), this::logout),
                ApiRoute.post("/api/v1/auth/password/forgot", Access.CLIENT, anyone, this::forgot),
                ApiRoute.post("/api/v1/auth/password/reset", Access.CLIENT, anyone, this::reset),
                ApiRoute.post("/api/v1/auth/mfa/totp/enroll", Access.CLIENT, Guard.mfaEnrolment(), this::enroll),
                ApiRoute.post("/api/v1/auth/mfa/totp/confirm", Access.CLIENT, Guard.mfaEnrolment(), this::confirm),
                ApiRoute.post("/api/v1/auth/mfa/totp/disable", Access.CLIENT, Guard.signedIn(),
                        this::disable),
                ApiRoute.get("/api/v1/me", Access.CLIENT, Guard.signedIn(), this::me),
                ApiRoute.get("/api/v1/users/{id}", Access.CLIENT, Guard.signedIn(), this::user));
    }

    private void register(Context ctx) {
        RegisterRequest body = requests.body(ctx, RegisterRequest.class);
        UserAccount user = registering.register(
                RegisteringBuyer.Registration.of(body.name(), body.phone(), body.email(), body.password()),
                requests.context(ctx));
        ctx.status(201).json(UserView.of(user));
    }

    private void login(Context ctx) {
        LoginRequest body = requests.body(ctx, LoginRequest.class);
        LoggingIn.LoginResult result = loggingIn.login(
                new LoggingIn.Login(body.login(), body.password(), Optional.ofNullable(body.totpCode())),
                requests.context(ctx));
        if (result instanceof LoggingIn.LoginResult.SignedIn signedIn) {
            ctx.json(SessionView.of(signedIn.session()));
        } else if (result instanceof LoggingIn.LoginResult.EnrolmentRequired enrolment) {
            ctx.json(Map.of("mfaEnrolmentRequired", true, "enrolmentToken", enrolment.enrolmentToken(),
                    "tokenType", "Bearer"));
        }
    }

    private void refresh(Context ctx) {
        TokenRequest body = requests.body(ctx, TokenRequest.class);
        ctx.json(SessionView.of(refreshing.refresh(body.refreshToken(), requests.context(ctx))));
    }

    private void logout(Context ctx) {
        TokenRequest body = requests.body(ctx, TokenRequest.class);
        loggingOut.logout(Authorization.principal(ctx), body.refreshToken(), requests.context(ctx));
        ctx.status(204);
    }

    private void forgot(Context ctx) {
        ForgotRequest body = requests.body(ctx, ForgotRequest.class);
        resettingPassword.requestCode(body.login(), requests.context(ctx));
        ctx.status(202).json(Map.of("status", "If an account matches, a code is on its way; it is valid for 10 minutes"));
    }

    private void reset(Context ctx) {
        ResetRequest body = requests.body(ctx, ResetRequest.class);
        resettingPassword.reset(body.login(), body.code(), body.newPassword(), requests.context(ctx));
        ctx.status(204);
    }

    private void enroll(Context ctx) {
        EnrollingTotp.Enrolment enrolment = enrollingTotp.start(Authorization.principal(ctx), requests.context(ctx));
        ctx.json(Map.of("secret", enrolment.secret(), "otpauthUri", enrolment.otpauthUri()));
    }

    private void confirm(Context ctx) {
        CodeRequest body = requests.body(ctx, CodeRequest.class);
        List<String> codes = enrollingTotp.confirm(Authorization.principal(ctx), body.code(), requests.context(ctx));
        ctx.json(Map.of("recoveryCodes", codes));
    }

    private void disable(Context ctx) {
        CodeRequest body = requests.body(ctx, CodeRequest.class);
        enrollingTotp.disable(Authorization.principal(ctx), body.code(), requests.context(ctx));
        ctx.status(204);
    }

    private void me(Context ctx) {
        Principal caller = Authorization.principal(ctx);
        ctx.json(UserView.of(administering.profile(caller, caller.self())));
    }

    private void user(Context ctx) {
        ctx.json(UserView.of(administering.profile(Authorization.principal(ctx),
                Requests.uuid("id", ctx.pathParam("id")))));
    }

    record RegisterRequest(String name, String phone, String email, String password) {
    }

    record LoginRequest(String login, String password, String totpCode) {
    }

    record TokenRequest(String refreshToken) {
    }

    record ForgotRequest(String login) {
    }

    record ResetRequest(String login, String code, String newPassword) {
    }

    record CodeRequest(String code) {
    }

    record SessionView(String accessToken, String refreshToken, long expiresIn, String tokenType) {
        static SessionView of(Session session) {
            return new SessionView(session.accessToken(), session.refreshToken(), session.expiresInSeconds(), "Bearer");
        }
    }
}
