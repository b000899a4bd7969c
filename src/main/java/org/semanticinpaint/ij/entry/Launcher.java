package org.semanticinpaint.ij.entry;

import java.awt.GraphicsEnvironment;

import ij.IJ;
import ij.macro.Interpreter;
import ij.plugin.PlugIn;

/**
 * The class every menu entry of plugins.config names, with the real command as its argument
 * ({@code Launcher("ProposePlugin")}). It touches nothing but the JDK and ImageJ until {@link Requirements} has
 * found every jar, so a missing jar ends in one message naming it instead of a swallowed NoClassDefFoundError.
 * Where another plugin's TensorFlow or protobuf jar comes first, the command runs in an {@link Isolation} loader.
 */
public final class Launcher implements PlugIn {

	static final String TITLE = "Semantic Inpainting";
	private static final String COMMANDS = "org.semanticinpaint.ij.commands.";

	@Override
	public void run(String command) {
		ClassLoader loader = Isolation.loaderFor(Launcher.class.getClassLoader());
		String problem = Requirements.problem(loader);
		if (problem != null) {
			show(problem);
			return;
		}
		try {
			PlugIn p = (PlugIn) Class.forName(COMMANDS + command, true, loader).getDeclaredConstructor().newInstance();
			p.run("");
		}
		catch (LinkageError e) {
			show(Requirements.explain(e));
		}
		catch (ReflectiveOperationException | ClassCastException e) {
			show("The plugin has no command " + command + " (" + e + "). Reinstall it as its README describes.");
		}
	}

	/** Like IJ.error, and a running macro stops; headless (no dialog possible) the Log gets it. */
	static void show(String message) {
		IJ.showStatus("");
		if (!GraphicsEnvironment.isHeadless()) {
			IJ.error(TITLE, message);
			return;
		}
		IJ.log(TITLE + ": " + message);
		if (Interpreter.getInstance() != null) Interpreter.abort();
	}
}
