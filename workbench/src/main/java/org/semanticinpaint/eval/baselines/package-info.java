/**
 * Classic inpainting baselines for the evaluation tables, and a reference fill ({@link NeighbouringPatch}). This
 * is the only package that may touch OpenCV ({@code org.openpnp:opencv} has {@code provided} scope): the plugin's
 * runtime never loads it.
 */
package org.semanticinpaint.eval.baselines;
