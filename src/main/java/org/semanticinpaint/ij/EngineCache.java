package org.semanticinpaint.ij;

import java.nio.file.Path;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.engine.EngineSettings;
import org.semanticinpaint.engine.InpaintEngine;

/**
 * Keeps the last loaded bundle open: loading takes a second or more, and the edit/render loop should not pay it
 * every time. Opening another bundle closes the previous one (its native memory is freed).
 */
public final class EngineCache {

	private static Path current;
	private static InpaintEngine engine;

	private EngineCache() {}

	public static synchronized InpaintEngine get(Path bundle) throws BundleException {
		Path key = bundle.toAbsolutePath().normalize();
		if (engine != null && key.equals(current)) return engine;
		InpaintEngine opened = InpaintEngine.open(key, EngineSettings.defaults()); // a failure keeps the current one
		close();
		engine = opened;
		current = key;
		return engine;
	}

	public static synchronized void close() {
		if (engine != null) engine.close();
		engine = null;
		current = null;
	}
}
