package org.semanticinpaint.ij.entry;

import java.lang.reflect.Field;
import java.util.Hashtable;

import ij.Menus;
import ij.macro.Interpreter;

/**
 * A macro Inpaint in a JVM whose class path a test built like an installed Fiji.app or plain ImageJ folder
 * ({@link InstalledAppIT}). Uses ImageJ and the JDK only; the plugin comes from the app's folders. Headless ImageJ
 * builds no menus, so the plugin's entries are put into its command table as Menus would from plugins.config.
 */
public final class MacroProbe {

	public static void main(String[] args) throws Exception {
		Field f = Menus.class.getDeclaredField("pluginsTable");
		f.setAccessible(true);
		@SuppressWarnings("unchecked")
		Hashtable<String, String> table = (Hashtable<String, String>) f.get(null);
		if (table == null) f.set(null, table = new Hashtable<>());
		// by name: in plain ImageJ the Launcher is in plugins/, which only ImageJ's plugin class loader reads
		table.put("Inpaint...", "org.semanticinpaint.ij.entry.Launcher(\"InpaintPlugin\")");
		new Interpreter().run(("setBatchMode(true);\n" +
			"newImage('probe', '8-bit ramp', 256, 256, 1);\n" +
			"before = getPixel(128, 128);\n" +
			"makeOval(108, 108, 40, 40);\n" +
			"run('Inpaint...', 'model=em-nanoparticles mask=selection labels=proposed planes=[current plane] output=[new image]');\n" +
			"print('PROBE RESULT ' + getTitle() + ' ' + (getPixel(128, 128) != before));\n").replace('\'', '"'));
		System.out.println("probe done");
		System.exit(0);
	}
}
