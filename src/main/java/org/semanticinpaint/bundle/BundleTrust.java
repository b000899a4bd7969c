package org.semanticinpaint.bundle;

/**
 * The explicit escape for people who build their own bundles (another op, no SHA-256 list in model.json, weights
 * edited by hand). By default every bundle is checked before TensorFlow loads it: its ops against
 * {@link OpAllowlist} and its files against the SHA-256 list in model.json ({@link BundleHashes}). A trusted
 * bundle skips those two checks, and only those: model.json, the files TensorFlow needs and the networks'
 * signatures are still checked. Trusting a bundle means running it as a program, with your rights.
 * <p>
 * How to trust, for the whole JVM:
 * <ul>
 * <li>Java option {@code -Dsemanticinpaint.trustBundles=true} (Fiji: {@code ImageJ-linux64 -Dsemanticinpaint.trustBundles=true --});</li>
 * <li>from a macro, before the first run: {@code call("java.lang.System.setProperty", "semanticinpaint.trustBundles", "true");}</li>
 * <li>{@code --trust} on {@code org.semanticinpaint.cli.InpaintFolder}.</li>
 * </ul>
 * From code: {@link BundleLoader#load(java.nio.file.Path, int, boolean, boolean)} with {@code trusted = true}.
 */
public final class BundleTrust {

	/** The system property; "true" trusts every bundle this JVM loads. */
	public static final String PROPERTY = "semanticinpaint.trustBundles";

	/** For messages: what a person does to trust a bundle. */
	static final String HOW_TO_TRUST = "trust it with the Java option -D" + PROPERTY + "=true (or --trust on the " +
		"command line)";

	private BundleTrust() {}

	/** Whether the person asked, through {@link #PROPERTY}, to trust every bundle. */
	public static boolean fromSystemProperty() {
		return Boolean.getBoolean(PROPERTY);
	}
}
