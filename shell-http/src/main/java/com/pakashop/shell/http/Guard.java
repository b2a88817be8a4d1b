package com.pakashop.shell.http;

/**
 * What a route needs of the caller beyond the key: nothing (anonymous), a signed-in caller, or a
 * caller who may set up TOTP (the one thing an enrolment-only token may do). What a signed-in
 * caller may do is the use case's to decide: it owns the permission check, so there is one place
 * that says who may do what, and the OpenAPI document names that permission for each operation.
 */
public final class Guard {
    private static final Guard ANONYMOUS = new Guard(Kind.ANONYMOUS);
    private static final Guard SIGNED_IN = new Guard(Kind.SIGNED_IN);
    private static final Guard MFA_ENROLMENT = new Guard(Kind.MFA_ENROLMENT);

    private final Kind kind;

    private Guard(Kind kind) {
        this.kind = kind;
    }

    public static Guard anonymous() {
        return ANONYMOUS;
    }

    /** A user signed in with a full session, or a Pakashop process with the internal key. */
    public static Guard signedIn() {
        return SIGNED_IN;
    }

    /** A full session or an enrolment-only token. */
    public static Guard mfaEnrolment() {
        return MFA_ENROLMENT;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String toString() {
        return kind.name();
    }

    public enum Kind { ANONYMOUS, SIGNED_IN, MFA_ENROLMENT }
}
