package org.plinth.bcf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The bcf library knows nothing of Spring or SQL: it takes bytes and gives plain Java objects. */
@AnalyzeClasses(packages = "org.plinth.bcf", importOptions = ImportOption.DoNotIncludeTests.class)
class BcfDependencyRulesTest {

    @ArchTest
    static final ArchRule noSpring = noClasses().that().resideInAPackage("org.plinth.bcf..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule noSql = noClasses().that().resideInAPackage("org.plinth.bcf..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule dependsOnlyOnTheJdk = noClasses().that().resideInAPackage("org.plinth.bcf..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.plinth.bcf..", "java..", "javax.xml..",
                    "org.xml.sax..", "org.w3c.dom..");
}
