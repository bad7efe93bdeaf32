/**
 * Identity and access: the built-in OpenID Connect provider, users, personal access tokens, OAuth
 * clients, and the permission check every feature uses ({@link org.plinth.server.auth.AccessPolicy},
 * {@link org.plinth.server.auth.RequiresScope}, {@link org.plinth.server.auth.Scopes}).
 */
@NullMarked
package org.plinth.server.auth;

import org.jspecify.annotations.NullMarked;
