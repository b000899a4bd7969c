/**
 * Turning evaluation numbers and images into things people read: Markdown tables for the README, CSV for
 * spreadsheets and plots, PNG figure grids. Plain Java (java.nio, javax.imageio) only.
 */
package org.semanticinpaint.eval.report;
