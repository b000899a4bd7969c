package org.semanticinpaint.ij;

import java.nio.file.Path;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.engine.EngineSettings;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;

/**
 * Keeps the last loaded bundle open: loading takes a second or more, and the edit/render loop should not pay it
 * every time. Opening another bundle closes the previous one (its native memory is freed). Work on the engine
 * goes through {@link #use}, which runs one job at a time: the palette's Render buttons, menu commands and
 * scripts may ask at once, and another bundle must not be opened (closing this one) under a running job.
 */
public final class EngineCache {

	/** Work on a loaded engine. */
	@FunctionalInterface
	public interface Use<T> {
		T apply(InpaintEngine engine) throws InpaintException;
	}

	private static Path current;
	private static InpaintEngine engine;

	private EngineCache() {}

	/** Loads {@code bundle} unless it is the open one, then runs {@code work} on it, one job at a time. */
	public static synchronized <T> T use(Path bundle, Use<T> work) throws BundleException, InpaintException {
		return work.apply(get(bundle));
	}

	/** The engine of {@code bundle}, loaded if needed (for single-threaded callers such as tests). */
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
