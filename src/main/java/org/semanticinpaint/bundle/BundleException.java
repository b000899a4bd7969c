package org.semanticinpaint.bundle;

/** A model bundle that cannot be used; the message names the file and what is wrong with it. */
public class BundleException extends Exception {

	private static final long serialVersionUID = 1L;

	public BundleException(String message) {
		super(message);
	}

	public BundleException(String message, Throwable cause) {
		super(message, cause);
	}
}
