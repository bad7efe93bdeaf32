package org.plinth.bcf;

import java.util.List;
import java.util.Objects;

/**
 * One topic folder of a BCF zip: {@code markup.bcf} with its header files, comments and viewpoints (each with its
 * {@code .bcfv}, snapshot and bitmaps resolved). The layout differences between 2.x and 3.0 (comments and viewpoints
 * beside or inside {@code Topic}) do not show here.
 */
public record Markup(Topic topic, List<HeaderFile> headerFiles, List<Comment> comments, List<Viewpoint> viewpoints) {
    public Markup {
        Objects.requireNonNull(topic, "topic");
        headerFiles = List.copyOf(headerFiles);
        comments = List.copyOf(comments);
        viewpoints = List.copyOf(viewpoints);
    }
}
