/**
 * File storage: {@link org.plinth.server.storage.FileStore} (the data directory by default, or any
 * S3-compatible bucket), streamed multipart request reading ({@link
 * org.plinth.server.storage.MultipartReader}) and signed, expiring download links ({@link
 * org.plinth.server.storage.DownloadLinks}). Features keep only object keys in their own tables.
 */
@NullMarked
package org.plinth.server.storage;

import org.jspecify.annotations.NullMarked;
