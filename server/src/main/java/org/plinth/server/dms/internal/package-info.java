/** DMS controllers, SQL, content sniffing. */
@NullMarked
package org.plinth.server.dms.internal;

import org.jspecify.annotations.NullMarked;
