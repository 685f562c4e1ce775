from app.core.feed import ResyncRequired

__all__ = ["ResyncRequired"]
