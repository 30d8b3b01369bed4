"""jpy's logging.config: dictConfig (formatters, filters, handlers, loggers, root; '()' factories, '.' properties,
ext:// and cfg:// values, incremental, disable_existing_loggers) with CPython 3.13's behaviour and messages.

Run by dev.jpy.vm.builtins.LoggingConfigModule (through PySource) as the body of the native 'logging.config' module.
Missing next to CPython's: fileConfig (no configparser yet) and listen/stopListening.
"""
import logging
import logging.handlers

__all__ = ["dictConfig", "valid_ident", "DictConfigurator", "dictConfigClass"]


def valid_ident(s):
    if not s.isidentifier():
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(s):
    """The object a dotted name names, importing modules along the way."""
    name = s.split('.')
    used = name.pop(0)
    try:
        found = __import__(used)
        for frag in name:
            used += '.' + frag
            try:
                found = getattr(found, frag)
            except AttributeError:
                __import__(used)
                found = getattr(found, frag)
        return found
    except ImportError as e:
        v = ValueError('Cannot resolve %r: %s' % (s, e))
        raise v from e


class DictConfigurator(object):
    """Configures logging from a dictionary (the schema of logging.config.dictConfig, version 1)."""

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        return _resolve(s)

    def convert(self, value):
        """Resolves 'ext://dotted.name' and 'cfg://path' strings; other values are left as they are."""
        if isinstance(value, str):
            if value.startswith('ext://'):
                return self.resolve(value[6:])
            if value.startswith('cfg://'):
                return self.cfg_convert(value[6:])
        return value

    def cfg_convert(self, value):
        """A value elsewhere in the configuration: names joined by dots, [index] or [key] steps."""
        d = self.config
        rest = value
        while rest:
            if rest[0] == '.':
                rest = rest[1:]
            if rest[0] == '[':
                end = rest.index(']')
                idx = rest[1:end]
                d = d[int(idx)] if idx.isdigit() and not isinstance(d, dict) else d[idx]
                rest = rest[end + 1:]
            else:
                end = len(rest)
                for sep in '.[':
                    i = rest.find(sep)
                    if 0 <= i < end:
                        end = i
                d = d[rest[:end]]
                rest = rest[end:]
        return self.convert(d)

    def _kwargs(self, config):
        return {k: self.convert(config[k]) for k in config if valid_ident(k)}

    def configure_custom(self, config):
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        result = c(**self._kwargs(config))
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        if incremental:
            self._configure_incremental(config)
            return
        disable_existing = config.pop('disable_existing_loggers', True)
        logging._handlers.clear()
        logging.shutdown(logging._handlerList[:])
        del logging._handlerList[:]
        self._configure_each(config, 'formatters', 'formatter', self.configure_formatter)
        self._configure_each(config, 'filters', 'filter', self.configure_filter)
        self._configure_handlers(config.get('handlers', {}))
        root = logging.root
        existing = sorted(root.manager.loggerDict.keys())
        child_loggers = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                i = existing.index(name) + 1
                prefixed = name + "."
                while i < len(existing):
                    if existing[i][:len(prefixed)] == prefixed:
                        child_loggers.append(existing[i])
                    i += 1
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for log in existing:
            logger = root.manager.loggerDict[log]
            if log in child_loggers:
                if not isinstance(logger, logging.PlaceHolder):
                    logger.setLevel(logging.NOTSET)
                    logger.handlers = []
                    logger.propagate = True
            else:
                logger.disabled = disable_existing
        if config.get('root'):
            try:
                self.configure_root(config['root'])
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_each(self, config, section, what, make):
        items = config.get(section, {})
        for name in items:
            try:
                items[name] = make(items[name])
            except Exception as e:
                raise ValueError('Unable to configure %s %r' % (what, name)) from e

    def _configure_handlers(self, handlers):
        deferred = []
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                if 'target not configured yet' in str(e.__cause__):
                    deferred.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e

    def _configure_incremental(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                handler = logging._handlers[name]
                level = handlers[name].get('level', None)
                if level:
                    handler.setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        if config.get('root'):
            try:
                self.configure_root(config['root'], True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        defaults = config.get('defaults', None)
        c = self.resolve(cname) if cname else logging.Formatter
        kwargs = {}
        if 'validate' in config:
            kwargs['validate'] = config['validate']
        if defaults:
            kwargs['defaults'] = defaults
        return c(fmt, dfmt, style, **kwargs)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(f if callable(f) or hasattr(f, 'filter') else self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config_copy = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            factory = c if callable(c) else self.resolve(c)
        else:
            cname = config.pop('class')
            klass = cname if callable(cname) else self.resolve(cname)
            if issubclass(klass, logging.handlers.MemoryHandler) and 'flushLevel' in config:
                config['flushLevel'] = logging._checkLevel(config['flushLevel'])
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    th = self.config['handlers'][config['target']]
                    if not isinstance(th, logging.Handler):
                        config.update(config_copy)
                        raise TypeError('target not configured yet')
                    config['target'] = th
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
            factory = klass
        props = config.pop('.', None)
        kwargs = self._kwargs(config)
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(_deep_copy(config)).configure()


def _deep_copy(value):
    """The configuration's dicts and lists copied (CPython converts them in place into its own containers)."""
    if type(value) is dict:
        return {k: _deep_copy(v) for k, v in value.items()}
    if type(value) is list:
        return [_deep_copy(v) for v in value]
    return value
