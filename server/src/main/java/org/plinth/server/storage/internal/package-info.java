/** File store implementations, the signing key of download links and the download route. */
@NullMarked
package org.plinth.server.storage.internal;

import org.jspecify.annotations.NullMarked;
