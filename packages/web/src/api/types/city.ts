/** The city CPPCC's visits to the contact points and its 经验交流: the answer shapes defined in core. */
export type {
  CityMemberView as CityMember,
  ContactPointConsultation,
  ContactPointPage,
  ExperienceListItem,
  ExperienceView as Experience,
  LinkedTopic,
  VisitView as Visit,
} from '@shangliang/core';
