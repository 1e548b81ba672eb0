package org.ossvalue.flink.internal;

import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/** Type information for a value written by a {@link Codec}: Flink never falls back to Kryo. */
public final class CodecTypeInfo<T> extends TypeInformation<T> {

  private static final long serialVersionUID = 1L;

  private final Codec<T> codec;

  /** Type information for values of this codec. */
  public CodecTypeInfo(Codec<T> codec) {
    this.codec = codec;
  }

  /** Type information for values of this codec. */
  public static <T> CodecTypeInfo<T> of(Codec<T> codec) {
    return new CodecTypeInfo<>(codec);
  }

  @Override
  public boolean isBasicType() {
    return false;
  }

  @Override
  public boolean isTupleType() {
    return false;
  }

  @Override
  public int getArity() {
    return 1;
  }

  @Override
  public int getTotalFields() {
    return 1;
  }

  @Override
  public Class<T> getTypeClass() {
    return codec.type();
  }

  @Override
  public boolean isKeyType() {
    return false;
  }

  @Override
  public TypeSerializer<T> createSerializer(SerializerConfig config) {
    return new CodecSerializer<>(codec);
  }

  @Override
  public String toString() {
    return "CodecTypeInfo(" + codec.type().getSimpleName() + ")";
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CodecTypeInfo<?> that && that.codec == codec;
  }

  @Override
  public int hashCode() {
    return codec.getClass().getName().hashCode();
  }

  @Override
  public boolean canEqual(Object obj) {
    return obj instanceof CodecTypeInfo;
  }
}
