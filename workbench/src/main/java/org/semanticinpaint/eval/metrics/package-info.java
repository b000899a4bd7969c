/**
 * Image quality metrics for inpainting results: pure functions on HWC float images ({@code pixels[(y * width + x)
 * * channels + c]}) and hole masks ({@code hole[y * width + x]}, true = missing). Nothing here knows about
 * networks or files, so the same numbers come out for the plugin's results and for the classic baselines.
 */
package org.semanticinpaint.eval.metrics;
