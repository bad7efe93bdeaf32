/** BCF internals: controllers, SQL repositories, request parsing and response records. */
@NullMarked
package org.plinth.server.bcf.internal;

import org.jspecify.annotations.NullMarked;
