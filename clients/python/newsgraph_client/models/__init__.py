"""Contains all the data models used in inputs/outputs"""

from .alias import Alias
from .article_detail import ArticleDetail
from .article_entity import ArticleEntity
from .article_in import ArticleIn
from .article_item import ArticleItem
from .article_page import ArticlePage
from .entity_item import EntityItem
from .entity_page import EntityPage
from .entity_ref import EntityRef
from .event_detail import EventDetail
from .event_item import EventItem
from .event_page import EventPage
from .event_report import EventReport
from .health_response_200 import HealthResponse200
from .list_entities_type_type_1 import ListEntitiesTypeType1
from .list_entities_type_type_2_type_1 import ListEntitiesTypeType2Type1
from .list_entities_type_type_3_type_1 import ListEntitiesTypeType3Type1
from .list_events_sort import ListEventsSort
from .list_statements_kind_type_1 import ListStatementsKindType1
from .list_statements_kind_type_2_type_1 import ListStatementsKindType2Type1
from .list_statements_kind_type_3_type_1 import ListStatementsKindType3Type1
from .mention_out import MentionOut
from .mention_page import MentionPage
from .related_entity import RelatedEntity
from .related_page import RelatedPage
from .statement_item import StatementItem
from .statement_page import StatementPage

__all__ = (
    "Alias",
    "ArticleDetail",
    "ArticleEntity",
    "ArticleIn",
    "ArticleItem",
    "ArticlePage",
    "EntityItem",
    "EntityPage",
    "EntityRef",
    "EventDetail",
    "EventItem",
    "EventPage",
    "EventReport",
    "HealthResponse200",
    "ListEntitiesTypeType1",
    "ListEntitiesTypeType2Type1",
    "ListEntitiesTypeType3Type1",
    "ListEventsSort",
    "ListStatementsKindType1",
    "ListStatementsKindType2Type1",
    "ListStatementsKindType3Type1",
    "MentionOut",
    "MentionPage",
    "RelatedEntity",
    "RelatedPage",
    "StatementItem",
    "StatementPage",
)
