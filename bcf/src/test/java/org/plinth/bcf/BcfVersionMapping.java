package org.plinth.bcf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plinth.bcf.Viewpoint.OrthogonalCamera;
import org.plinth.bcf.Viewpoint.PerspectiveCamera;

/**
 * What a model looks like after it was written as another version and read back: the mapping rules of the module
 * README, written as a model-to-model function so tests can compare against it field by field. Only the listed
 * fields change; anything else that differs is a loss.
 */
final class BcfVersionMapping {

    private BcfVersionMapping() {
    }

    static BcfArchive expectedAfter(BcfArchive a, BcfVersion target) {
        List<Markup> markups = new ArrayList<>();
        for (Markup m : a.markups()) {
            markups.add(new Markup(topic(m.topic(), target), m.headerFiles(), m.comments(), viewpoints(m, target)));
        }
        List<Document> documents = new ArrayList<>();
        for (Document d : a.documents()) {
            // 2.1 has no documents.xml, so a document's description has nowhere to go.
            documents.add(target == BcfVersion.V2_1 ? new Document(d.guid(), d.filename(), Optional.empty(),
                    d.content()) : d);
        }
        return new BcfArchive(target, a.project(), a.extensions(), documents, markups, a.attachments(), List.of(),
                List.of());
    }

    private static Topic topic(Topic t, BcfVersion target) {
        boolean v3 = target == BcfVersion.V3_0;
        List<DocumentReference> references = new ArrayList<>();
        for (int i = 0; i < t.documentReferences().size(); i++) {
            DocumentReference d = t.documentReferences().get(i);
            references.add(v3 ? new DocumentReference(Optional.of(BcfZipWriter.documentReferenceGuid(t, i)),
                    d.documentGuid(), d.url(), d.description()) : d);
        }
        return new Topic(t.guid(), v3 ? t.serverAssignedId() : Optional.empty(),
                v3 ? Optional.of(t.topicType().orElse(BcfZipWriter.UNSPECIFIED)) : t.topicType(),
                v3 ? Optional.of(t.topicStatus().orElse(BcfZipWriter.UNSPECIFIED)) : t.topicStatus(),
                t.referenceLinks(), t.title(), t.priority(), t.index(), t.labels(), t.creationDate(),
                t.creationAuthor(), t.modifiedDate(), t.modifiedAuthor(), t.dueDate(), t.assignedTo(), t.stage(),
                t.description(), t.bimSnippet(), references, t.relatedTopicGuids());
    }

    private static List<Viewpoint> viewpoints(Markup m, BcfVersion target) {
        List<Viewpoint> result = new ArrayList<>();
        for (Viewpoint v : m.viewpoints()) {
            Optional<OrthogonalCamera> ortho = v.orthogonalCamera();
            Optional<PerspectiveCamera> perspective = v.perspectiveCamera();
            if (target == BcfVersion.V3_0) {
                // one camera only (perspective wins), aspect ratio 1.0 when unknown
                ortho = perspective.isPresent() ? Optional.empty() : ortho.map(o -> new OrthogonalCamera(
                        o.viewPoint(), o.direction(), o.upVector(), o.viewToWorldScale(),
                        Optional.of(o.aspectRatio().orElse(1.0))));
                perspective = perspective.map(p -> new PerspectiveCamera(p.viewPoint(), p.direction(), p.upVector(),
                        p.fieldOfView(), Optional.of(p.aspectRatio().orElse(1.0))));
            } else {
                // 2.1 has no aspect ratio and a field of view in [45, 60]
                ortho = ortho.map(o -> new OrthogonalCamera(o.viewPoint(), o.direction(), o.upVector(),
                        o.viewToWorldScale(), Optional.empty()));
                perspective = perspective.map(p -> new PerspectiveCamera(p.viewPoint(), p.direction(), p.upVector(),
                        BcfZipWriter.clampFieldOfView21(p.fieldOfView()), Optional.empty()));
            }
            result.add(new Viewpoint(v.guid(), v.index(), v.snapshot(), ortho, perspective, v.lines(),
                    v.clippingPlanes(), v.bitmaps(), v.components()));
        }
        return result;
    }
}
