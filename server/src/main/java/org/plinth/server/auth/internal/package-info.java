@NullMarked
package org.plinth.server.auth.internal;

import org.jspecify.annotations.NullMarked;
