/** Collaboration internals: controllers, SQL repositories, request and response records. */
@NullMarked
package org.plinth.server.collab.internal;

import org.jspecify.annotations.NullMarked;
