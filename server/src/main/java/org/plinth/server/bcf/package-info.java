/**
 * BCF-API 2.1 as BIMData extends it, under {@code /bcf/2.1}: BCF projects (a BCF project is a Plinth
 * project), extensions, topics and comments. Nothing here is used by other features yet; the routes
 * are the API.
 */
@NullMarked
package org.plinth.server.bcf;

import org.jspecify.annotations.NullMarked;
