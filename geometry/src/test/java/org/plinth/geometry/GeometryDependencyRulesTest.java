package org.plinth.geometry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Meshing knows nothing of IFC; the library knows nothing of Spring or SQL. */
@AnalyzeClasses(packages = "org.plinth.geometry", importOptions = ImportOption.DoNotIncludeTests.class)
class GeometryDependencyRulesTest {

    @ArchTest
    static final ArchRule meshIsFreeOfIfc = noClasses().that().resideInAPackage("org.plinth.geometry.mesh..")
            .should().dependOnClassesThat().resideInAnyPackage("org.plinth.ifc..", "org.plinth.step..",
                    "org.plinth.geometry.mapping..", "org.plinth.geometry.gltf..");

    @ArchTest
    static final ArchRule gltfIsFreeOfIfc = noClasses().that().resideInAPackage("org.plinth.geometry.gltf..")
            .should().dependOnClassesThat().resideInAnyPackage("org.plinth.ifc..", "org.plinth.step..");

    @ArchTest
    static final ArchRule noSpringNoSql = noClasses().that().resideInAPackage("org.plinth.geometry..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..");

    @ArchTest
    static final ArchRule onlyStepIfcJtsAndTheJdk = noClasses().that().resideInAPackage("org.plinth.geometry..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.plinth.geometry..", "org.plinth.ifc..",
                    "org.plinth.step..", "org.locationtech.jts..", "java..", "javax.annotation..");
}
