package org.semanticinpaint.engine;

/** Input the engine refuses (no hole, a hole covering everything, an image too small...); the message says why. */
public class InpaintException extends Exception {

	private static final long serialVersionUID = 1L;

	public InpaintException(String message) {
		super(message);
	}
}
