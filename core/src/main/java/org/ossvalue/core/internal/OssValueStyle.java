package org.ossvalue.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every ossvalue value type uses: generated classes stay package-private
 * behind the abstract type, builders return the abstract type, and no classpath annotation other
 * than {@code @Override} leaks into generated code.
 *
 * <p>Not API: a package named {@code internal} may change without notice.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface OssValueStyle {}
