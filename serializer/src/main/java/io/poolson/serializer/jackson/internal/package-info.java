/**
 * Code shared by the Jackson 2 ({@code io.poolson.serializer.jackson}) and Jackson 3
 * ({@code io.poolson.serializer.jackson3}) integrations that depends on neither Jackson version.
 * Not exported from the module, not API.
 */
package io.poolson.serializer.jackson.internal;
