package org.plinth.ifc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The ifc library knows nothing of Spring or SQL: it takes bytes and gives plain Java objects. */
@AnalyzeClasses(packages = "org.plinth.ifc", importOptions = ImportOption.DoNotIncludeTests.class)
class IfcDependencyRulesTest {

    @ArchTest
    static final ArchRule noSpring = noClasses().that().resideInAPackage("org.plinth.ifc..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule noSql = noClasses().that().resideInAPackage("org.plinth.ifc..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule dependsOnlyOnStepAndTheJdk = noClasses().that().resideInAPackage("org.plinth.ifc..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.plinth.ifc..", "org.plinth.step..",
                    "java..", "javax.annotation..");
}
