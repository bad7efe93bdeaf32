package org.plinth.server.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The token must carry one of these scopes (BIMData lists alternatives, e.g. {@code ifc:read,
 * model:read}). Checked before the handler runs by the auth feature; a missing scope is 403.
 * Role checks that need the object (the caller's role in a cloud) go through {@link AccessPolicy}
 * in the service.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresScope {

    /** Alternatives: any one of them suffices. */
    String[] value();

    /** The caller must also be a user (not an application token). */
    boolean userOnly() default false;
}
