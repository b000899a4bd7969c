package org.semanticinpaint.ij.commands;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.engine.InpaintException;

/** A command's work, which may be refused with a message (bad input, a broken bundle) or cancelled. */
@FunctionalInterface
interface Work {

	void run() throws InpaintException, BundleException;
}
