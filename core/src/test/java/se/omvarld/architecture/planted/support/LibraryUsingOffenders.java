package se.omvarld.architecture.planted.support;

import java.util.List;

/**
 * Planted classes that use jOOQ, Flyway, Javalin, MapStruct or Jackson. Core's test classpath has none of these
 * libraries, so the classes are kept as source and compiled at test time by {@link Planted#compileAndImport}
 * against the {@linkplain #LIBRARY_STAND_INS stand-ins} below. A stand-in has the real type's name and package and
 * nothing more, which is all a dependency rule looks at; the stand-ins themselves are never imported.
 */
public final class LibraryUsingOffenders {

    /** One type per library, under its real package name. */
    public static final List<String> LIBRARY_STAND_INS = List.of(
            """
            package org.jooq;

            public interface DSLContext {
                int fetchCount(String table);
            }
            """,
            """
            package org.flywaydb.core;

            public class Flyway {
                public void migrate() {
                }
            }
            """,
            """
            package io.javalin;

            public class Javalin {
                public static Javalin create() {
                    return new Javalin();
                }

                public Javalin start(int port) {
                    return this;
                }
            }
            """,
            """
            package io.javalin.http;

            public interface Context {
                String pathParam(String key);
            }
            """,
            """
            package org.mapstruct;

            import java.lang.annotation.ElementType;
            import java.lang.annotation.Retention;
            import java.lang.annotation.RetentionPolicy;
            import java.lang.annotation.Target;

            @Target(ElementType.TYPE)
            @Retention(RetentionPolicy.CLASS)
            public @interface Mapper {
            }
            """,
            """
            package com.fasterxml.jackson.annotation;

            import java.lang.annotation.Retention;
            import java.lang.annotation.RetentionPolicy;

            @Retention(RetentionPolicy.RUNTIME)
            public @interface JsonProperty {
                String value() default "";
            }
            """);

    /** Offends rule 1: a domain type that knows how it is serialised. */
    public static final String DOMAIN_TYPE_WITH_JACKSON_ANNOTATIONS = """
            package se.omvarld.architecture.planted.domain.partner;

            import com.fasterxml.jackson.annotation.JsonProperty;

            public record PartnerWithJsonAnnotations(@JsonProperty("namn") String name) {
            }
            """;

    /** Offends rule 4c: an HTTP handler that queries the database itself. */
    public static final String HTTP_HANDLER_THAT_QUERIES_THE_DATABASE = """
            package se.omvarld.architecture.planted.adapter.http;

            import org.jooq.DSLContext;

            public final class HandlerThatQueriesTheDatabase {
                private final DSLContext db;

                public HandlerThatQueriesTheDatabase(DSLContext db) {
                    this.db = db;
                }

                public int count() {
                    return db.fetchCount("partnership");
                }
            }
            """;

    /** Offends rule 4c: a report renderer that migrates the schema. */
    public static final String REPORT_RENDERER_THAT_MIGRATES_THE_SCHEMA = """
            package se.omvarld.architecture.planted.adapter.report;

            import org.flywaydb.core.Flyway;

            public final class RendererThatMigratesTheSchema {
                public void render(Flyway flyway) {
                    flyway.migrate();
                }
            }
            """;

    /** Offends rule 4d: a repository that reads an HTTP request. */
    public static final String DB_REPOSITORY_THAT_READS_THE_REQUEST = """
            package se.omvarld.architecture.planted.adapter.db;

            import io.javalin.http.Context;

            public final class RepositoryThatReadsTheRequest {
                public String idOf(Context context) {
                    return context.pathParam("id");
                }
            }
            """;

    /** Offends rule 4d: a MapStruct mapper in the report adapter. */
    public static final String REPORT_MAPPER_ON_MAPSTRUCT = """
            package se.omvarld.architecture.planted.adapter.report;

            import org.mapstruct.Mapper;

            @Mapper
            public interface ReportRowMapper {
                String row(String value);
            }
            """;

    /** A control for rule 4c (and a bystander for 4d): the db adapter may use jOOQ and Flyway. */
    public static final String DB_REPOSITORY_ON_JOOQ_AND_FLYWAY = """
            package se.omvarld.architecture.planted.adapter.db;

            import org.flywaydb.core.Flyway;
            import org.jooq.DSLContext;

            public final class PlantedJooqRepositoryWithMigrations {
                public int migrateAndCount(Flyway flyway, DSLContext db) {
                    flyway.migrate();
                    return db.fetchCount("partnership");
                }
            }
            """;

    /** A control for rule 4d (and a bystander for 4c): the http adapter may use Javalin and MapStruct. */
    public static final String HTTP_HANDLER_ON_JAVALIN_AND_MAPSTRUCT = """
            package se.omvarld.architecture.planted.adapter.http;

            import io.javalin.http.Context;
            import org.mapstruct.Mapper;

            @Mapper
            public interface PlantedPartnershipMapper {
                String idOf(Context context);
            }
            """;

    /** A control for rule 4d: the service may start Javalin. */
    public static final String SERVICE_MAIN_ON_JAVALIN = """
            package se.omvarld.architecture.planted.service;

            import io.javalin.Javalin;

            public final class PlantedMain {
                public static void main(String[] args) {
                    Javalin.create().start(7070);
                }
            }
            """;

    private LibraryUsingOffenders() {
    }
}
