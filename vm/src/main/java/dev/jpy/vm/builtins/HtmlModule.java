package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code html}: escape and unescape (HTML5 character references); Python in lib/html_tables.py and lib/html.py. */
final class HtmlModule implements NativeModule {
    @Override public String name() { return "html"; }

    @Override public void init(PyDict d) {
        PySource.run("html_tables", d);
        PySource.run("html", d);
    }
}
