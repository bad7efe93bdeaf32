@NullMarked
package org.plinth.server.platform.internal;

import org.jspecify.annotations.NullMarked;
