package org.plinth.ifc.extract;

import java.util.ArrayList;
import java.util.List;
import org.plinth.step.StepValue;

/**
 * Classifications an object is associated with: IfcClassificationReference (notation from
 * Identification in IFC4, ItemReference in IFC2X3; system name from the IfcClassification it
 * leads to through ReferencedSource), a bare IfcClassification, or an IFC2X3
 * IfcClassificationNotation (facets joined with '.').
 */
final class ClassificationExtractor {

    private final ExtractionContext ctx;
    private final int reference;
    private final int classification;
    private final int notation;
    private final int referenceCode;
    private final int referenceName;
    private final int referencedSource;
    private final int classificationSource;
    private final int classificationName;
    private final IntObjectMap<Classification> cache = new IntObjectMap<>();

    ClassificationExtractor(ExtractionContext ctx) {
        this.ctx = ctx;
        reference = ctx.code("IfcClassificationReference");
        classification = ctx.code("IfcClassification");
        notation = ctx.code("IfcClassificationNotation");
        int identification = ctx.index("IfcClassificationReference", "Identification");
        referenceCode = identification >= 0 ? identification : ctx.index("IfcClassificationReference", "ItemReference");
        referenceName = ctx.index("IfcClassificationReference", "Name");
        referencedSource = ctx.index("IfcClassificationReference", "ReferencedSource");
        classificationSource = ctx.index("IfcClassification", "Source");
        classificationName = ctx.index("IfcClassification", "Name");
    }

    List<Classification> classifications(int[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        List<Classification> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            Classification c = classification(id);
            if (c != null) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private Classification classification(int id) {
        Classification cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        if (!ctx.model.contains(id)) {
            ctx.warn(0, "classification association refers to missing entity #" + id);
            return null;
        }
        int code = ctx.model.schemaCode(id);
        List<StepValue> a = ctx.attributes(id);
        Classification c;
        if (ctx.schema.isSubtypeOf(code, reference)) {
            int source = ExtractionContext.ref(a, referencedSource);
            // IFC4: ReferencedSource may be another reference (a hierarchy); follow it to the system
            for (int depth = 0; depth < 16 && source > 0 && ctx.isA(source, reference); depth++) {
                source = ExtractionContext.ref(ctx.attributes(source), referencedSource);
            }
            String systemName = null;
            String publisher = null;
            if (source > 0 && ctx.isA(source, classification)) {
                List<StepValue> s = ctx.attributes(source);
                systemName = ExtractionContext.string(s, classificationName);
                publisher = ExtractionContext.string(s, classificationSource);
            }
            c = new Classification(systemName, ExtractionContext.string(a, referenceCode),
                    ExtractionContext.string(a, referenceName), publisher);
        } else if (ctx.schema.isSubtypeOf(code, classification)) {
            c = new Classification(ExtractionContext.string(a, classificationName), null, null,
                    ExtractionContext.string(a, classificationSource));
        } else if (ctx.schema.isSubtypeOf(code, notation)) {
            // IFC2X3 IfcClassificationNotation(NotationFacets) of IfcClassificationNotationFacet(NotationValue)
            StringBuilder codeText = new StringBuilder();
            for (int facet : ExtractionContext.refs(a, 0)) {
                if (codeText.length() > 0) {
                    codeText.append('.');
                }
                codeText.append(ExtractionContext.string(ctx.attributes(facet), 0));
            }
            c = new Classification(null, codeText.toString(), null, null);
        } else {
            ctx.warn(id, "is associated as a classification but is not one");
            return null;
        }
        cache.put(id, c);
        return c;
    }
}
