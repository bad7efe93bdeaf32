/**
 * Plinth server: one Spring Boot application made of feature packages (Spring Modulith modules).
 * Each direct sub-package is a module; its own sub-packages are internal.
 */
@NullMarked
package org.plinth.server;

import org.jspecify.annotations.NullMarked;
