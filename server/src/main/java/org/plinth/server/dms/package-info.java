/**
 * Documents (DMS): folders, documents and their versions in a project, stored through the storage
 * feature. Publishes {@link org.plinth.server.dms.DocumentUploaded} for files the model processing
 * will read; deletes its rows and files when collab deletes a project.
 */
@NullMarked
package org.plinth.server.dms;

import org.jspecify.annotations.NullMarked;
