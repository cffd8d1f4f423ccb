package app.runaway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The capabilities stay separate: no cycles, no reaching into another capability's internals. */
class ModularityTests {
    private static final ApplicationModules MODULES = ApplicationModules.of("app.runaway");

    @Test
    void capabilities_depend_on_each_other_in_one_direction_through_their_public_types() {
        MODULES.verify();
    }

    @Test
    void the_coach_is_plain_java_so_that_it_can_run_as_its_own_service() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.runaway.coach");
        noClasses().that().resideInAPackage("app.runaway.coach..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "java.net..", "jakarta.servlet..", "app.runaway.activity..", "app.runaway.athlete..",
                        "app.runaway.goal..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void nothing_depends_on_the_mcp_server_which_only_serves_the_catalogue() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.runaway");
        noClasses().that().resideOutsideOfPackage("app.runaway.mcp..")
                .should().dependOnClassesThat().resideInAPackage("app.runaway.mcp..")
                .check(classes);
    }

    @Test
    void file_parsing_is_plain_java_without_spring_or_jdbc() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.runaway.importing.recording", "app.runaway.demo");
        noClasses().that().resideInAnyPackage("app.runaway.importing.recording..", "app.runaway.demo..")
                .and().doNotHaveSimpleName("DemoAthleteSetup")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..")
                .check(classes);
    }
}
